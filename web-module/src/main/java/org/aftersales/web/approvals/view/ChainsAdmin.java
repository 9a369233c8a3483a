package org.aftersales.web.approvals.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.aftersales.approvals.boundary.ApprovalChains;
import org.aftersales.approvals.boundary.ApprovalViews.ChainInput;
import org.aftersales.approvals.boundary.ApprovalViews.ChainView;
import org.aftersales.approvals.boundary.ApprovalViews.StepInput;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.StepRule;
import org.aftersales.web.approvals.print.ApprovalWords;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.StaffNames;

/**
 * Issue 12.1: the approval chains as an administrator keeps them — every kind with its default chain
 * (默认) and the departments' own; one chain edited step by step (name, deciders by name or role, any
 * one / all / at least N, from which amount), reordered, and saved against the version it was read
 * at (someone else's save meanwhile is a conflict, nothing changes).
 */
@Named
@ViewScoped
public class ChainsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApprovalChains chains;

    @Inject
    private StaffNames staffNames;

    /** How many of a step's deciders must agree. */
    public enum Mode {
        ANY,
        ALL,
        QUORUM
    }

    /** A line of the list: a kind in a department (null: the default) and its chain, if any. */
    public record Line(ApprovalKind kind, String department, ChainView chain) implements Serializable {}

    /** A step as the form edits it. */
    public static final class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private List<String> users = new ArrayList<>();
        private List<Role> roles = new ArrayList<>();
        private Mode mode = Mode.ANY;
        private Integer quorum;
        private BigDecimal minAmount;

        StepRow() {}

        StepRow(StepRule r) {
            name = r.name();
            users = new ArrayList<>(r.users());
            roles = new ArrayList<>(r.roles());
            mode = r.all() ? Mode.ALL : r.quorum() != null ? Mode.QUORUM : Mode.ANY;
            quorum = r.quorum();
            minAmount = r.minAmount();
        }

        StepInput input() {
            return new StepInput(
                    name,
                    users,
                    roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                    mode == Mode.ALL,
                    mode == Mode.QUORUM ? quorum : null,
                    minAmount);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<String> getUsers() {
            return users;
        }

        public void setUsers(List<String> users) {
            this.users = users == null ? new ArrayList<>() : new ArrayList<>(users);
        }

        public List<Role> getRoles() {
            return roles;
        }

        public void setRoles(List<Role> roles) {
            this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
        }

        public Mode getMode() {
            return mode;
        }

        public void setMode(Mode mode) {
            this.mode = mode == null ? Mode.ANY : mode;
        }

        public Integer getQuorum() {
            return quorum;
        }

        public void setQuorum(Integer quorum) {
            this.quorum = quorum;
        }

        public BigDecimal getMinAmount() {
            return minAmount;
        }

        public void setMinAmount(BigDecimal minAmount) {
            this.minAmount = minAmount;
        }
    }

    private List<Line> lines;
    private ApprovalKind editKind;
    private String editDepartment;
    private Long editVersion;
    private List<StepRow> steps;
    private ApprovalKind newKind;
    private String newDepartment;

    @PostConstruct
    void load() {
        List<ChainView> all = chains.all();
        lines = new ArrayList<>();
        for (ApprovalKind kind : ApprovalKind.values()) {
            lines.add(new Line(
                    kind,
                    null,
                    all.stream()
                            .filter(c -> c.kind() == kind && c.department() == null)
                            .findFirst()
                            .orElse(null)));
            all.stream()
                    .filter(c -> c.kind() == kind && c.department() != null)
                    .forEach(c -> lines.add(new Line(kind, c.department(), c)));
        }
    }

    /** Opens a line's chain for editing (an empty one with one step when the kind has none yet). */
    public void edit(Line line) {
        open(line.kind(), line.department(), Optional.ofNullable(line.chain()));
    }

    /** Opens the chain of a department not yet listed (a copy of the default to start from). */
    public void editNew() {
        if (newKind == null) {
            Feedback.error("approvals.chains.pickKind");
            return;
        }
        String dept = newDepartment == null || newDepartment.isBlank()
                ? null
                : newDepartment.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Optional<ChainView> own = chains.find(newKind, dept);
            if (own.isPresent()) {
                open(newKind, dept, own);
            } else {
                open(newKind, dept, Optional.empty());
                chains.find(newKind, null).ifPresent(d -> steps = rows(d));
            }
        } catch (RuntimeException e) {
            Feedback.failed(e, "newChainForm");
        }
    }

    private void open(ApprovalKind kind, String department, Optional<ChainView> chain) {
        editKind = kind;
        editDepartment = department;
        editVersion = chain.map(ChainView::version).orElse(0L);
        steps = chain.map(ChainsAdmin::rows).orElseGet(() -> new ArrayList<>(List.of(new StepRow())));
    }

    private static List<StepRow> rows(ChainView c) {
        return new ArrayList<>(c.steps().stream().map(StepRow::new).toList());
    }

    public void addStep() {
        steps.add(new StepRow());
    }

    public void removeStep(int index) {
        if (steps.size() > 1) {
            steps.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0) {
            Collections.swap(steps, index, index - 1);
        }
    }

    public void moveDown(int index) {
        if (index < steps.size() - 1) {
            Collections.swap(steps, index, index + 1);
        }
    }

    public void save() {
        try {
            ChainView saved = chains.put(
                    editKind,
                    editDepartment,
                    new ChainInput(steps.stream().map(StepRow::input).toList()),
                    editVersion);
            editVersion = saved.version();
            steps = rows(saved);
            load();
            Feedback.info(
                    "approvals.chains.saved",
                    EnumLabels.label(Feedback.locale(), editKind),
                    departmentName(editDepartment));
        } catch (RuntimeException e) {
            Feedback.failed(e, "chainForm");
        }
    }

    public void close() {
        editKind = null;
        steps = null;
    }

    /** 默认 for the kind's default chain. */
    public String departmentName(String department) {
        return department == null ? Feedback.text("approvals.chains.default") : department;
    }

    /** A chain's steps in one line: 预算员（李四；全部同意） → 部门经理（经理（角色）；任一人同意）. */
    public String outline(ChainView c) {
        if (c == null) {
            return Feedback.text("approvals.chains.notSet");
        }
        List<String> parts = new ArrayList<>();
        for (StepRule r : c.steps()) {
            parts.add(r.name() + "（"
                    + ApprovalWords.deciders(Feedback.locale(), r.users(), r.roles(), staffNames::of) + "；"
                    + ApprovalWords.rule(Feedback.locale(), r.all(), r.quorum(), r.minAmount()) + "）");
        }
        return String.join(" → ", parts);
    }

    /** 任一人同意 / 全部同意 / 至少 N 人同意. */
    public String modeLabel(Mode mode) {
        return switch (mode) {
            case ANY -> Feedback.text("approvals.mode.any");
            case ALL -> Feedback.text("approvals.mode.all");
            case QUORUM -> Feedback.text("approvals.mode.quorum");
        };
    }

    public Mode[] getModes() {
        return Mode.values();
    }

    public ApprovalKind[] getKinds() {
        return ApprovalKind.values();
    }

    public List<Line> getLines() {
        return lines;
    }

    public boolean isEditing() {
        return steps != null;
    }

    public ApprovalKind getEditKind() {
        return editKind;
    }

    public String getEditDepartment() {
        return editDepartment;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public ApprovalKind getNewKind() {
        return newKind;
    }

    public void setNewKind(ApprovalKind newKind) {
        this.newKind = newKind;
    }

    public String getNewDepartment() {
        return newDepartment;
    }

    public void setNewDepartment(String newDepartment) {
        this.newDepartment = newDepartment;
    }
}
