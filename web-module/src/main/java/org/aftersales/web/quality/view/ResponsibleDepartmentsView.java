package org.aftersales.web.quality.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.quality.boundary.RecordsViews.DepartmentInput;
import org.aftersales.quality.boundary.RecordsViews.DepartmentView;
import org.aftersales.quality.boundary.ResponsibleDepartments;
import org.aftersales.web.shared.view.Feedback;

/**
 * The responsible departments (质检中心, 仓储, 制造部, 生管室, 技术部 …) with their members: listed for the
 * forms' pickers, edited by QUALITY and ADMIN.
 */
@Named
@ViewScoped
public class ResponsibleDepartmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ResponsibleDepartments departments;

    private List<DepartmentView> all;
    private String code;
    private String name;
    private boolean active = true;
    private List<String> members = new ArrayList<>();

    public List<DepartmentView> getDepartments() {
        if (all == null) {
            all = departments.all();
        }
        return all;
    }

    /** The active ones, for routing. */
    public List<DepartmentView> getActive() {
        return getDepartments().stream().filter(DepartmentView::active).toList();
    }

    public void edit(DepartmentView d) {
        code = d.code();
        name = d.name();
        active = d.active();
        members = new ArrayList<>(d.members());
    }

    public void startNew() {
        code = name = null;
        active = true;
        members = new ArrayList<>();
    }

    public void save() {
        try {
            departments.save(new DepartmentInput(code, name, active, new LinkedHashSet<>(members)));
            Feedback.info("departments.saved", name);
            all = null;
        } catch (RuleViolationException e) {
            Feedback.failed(e, "departmentForm");
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }
}
