package org.aftersales.web.parts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.NewServicePoint;
import org.aftersales.parts.boundary.PartViews.ServicePointView;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.parts.boundary.StockViews.Limits;
import org.aftersales.parts.boundary.StockViews.StockView;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.primefaces.model.StreamedContent;

/**
 * P6: stock per service point and part with minimum and maximum; below the minimum is highlighted;
 * Excel. Issue 10.14: the warehouse sets the limits and creates service points with their keepers here.
 */
@Named
@ViewScoped
public class StockPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 100_000;
    private static final int POINTS_MAX = 500;

    @EJB
    private StockService stock;

    @EJB
    private PartService parts;

    @EJB
    private UserService users;

    @Inject
    private CurrentUser currentUser;

    private String servicePoint;
    private String partNumber;
    private final PagedModel<StockView> rows =
            new PagedModel<>(this::page, s -> s.servicePoint() + "/" + s.partNumber());

    private String limitPoint;
    private String limitPart;
    private Integer minimum;
    private Integer maximum;

    private String newCode;
    private String newName;
    private List<String> newKeepers = new ArrayList<>();

    private transient List<ServicePointView> points;
    private transient Map<String, String> keeperNames;

    PageResult<StockView> page(int first, int size) {
        return stock.stock(servicePoint, partNumber, first, size);
    }

    /** P6: on hand under the minimum. */
    public boolean below(StockView s) {
        return s.minimum() != null && s.onHand() < s.minimum();
    }

    /** Who may change limits and service points (the EJBs check again). */
    public boolean isWriter() {
        return currentUser.has(Roles.WAREHOUSE) || currentUser.has(Roles.MANAGER) || currentUser.has(Roles.ADMIN);
    }

    public void saveLimits() {
        try {
            StockView level = stock.limit(new Limits(limitPoint, limitPart, minimum, maximum));
            Feedback.info("moves.limitsSaved", level.servicePoint(), level.partNumber());
        } catch (RuntimeException e) {
            Feedback.failed(e, "limitsForm");
        }
    }

    public void createPoint() {
        try {
            ServicePointView point = parts.createServicePoint(new NewServicePoint(newCode, newName, newKeepers));
            Feedback.info("moves.pointCreated", point.code(), point.name());
            newCode = null;
            newName = null;
            newKeepers = new ArrayList<>();
            points = null;
        } catch (RuntimeException e) {
            Feedback.failed(e, "pointsForm");
        }
    }

    public List<ServicePointView> getServicePoints() {
        if (points == null) {
            points = parts.servicePoints(0, POINTS_MAX).items();
        }
        return points;
    }

    /** The accounts that can keep a service point's stock: the warehouse staff. */
    public List<StaffMember> getKeeperChoices() {
        return users.staffWith(Role.WAREHOUSE);
    }

    /** The keepers by their names (the login name only where the account is gone). */
    public String keeperNames(ServicePointView point) {
        if (keeperNames == null) {
            keeperNames = getKeeperChoices().stream()
                    .collect(Collectors.toMap(StaffMember::username, StaffMember::displayName, (a, b) -> a));
        }
        return point.keepers().stream().map(k -> keeperNames.getOrDefault(k, k)).collect(Collectors.joining("、"));
    }

    public StreamedContent getExport() {
        Function<String, String> name = n -> parts.find(n).map(p -> p.name()).orElse("");
        return ExcelExport.of(
                "stock",
                currentUser.getZone(),
                Feedback.text("stock.title"),
                List.of(
                        Feedback.text("stock.servicePoint"),
                        Feedback.text("stock.partNumber"),
                        Feedback.text("parts.name"),
                        Feedback.text("stock.onHand"),
                        Feedback.text("stock.averageCost"),
                        Feedback.text("stock.minimum"),
                        Feedback.text("stock.maximum")),
                this::page,
                s -> List.of(
                        s.servicePoint(),
                        s.partNumber(),
                        name.apply(s.partNumber()),
                        String.valueOf(s.onHand()),
                        String.valueOf(s.averageCost()),
                        s.minimum() == null ? "" : String.valueOf(s.minimum()),
                        s.maximum() == null ? "" : String.valueOf(s.maximum())),
                EXPORT_MAX);
    }

    public PagedModel<StockView> getRows() {
        return rows;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public void setServicePoint(String servicePoint) {
        this.servicePoint = servicePoint;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
    }

    public String getLimitPoint() {
        return limitPoint;
    }

    public void setLimitPoint(String limitPoint) {
        this.limitPoint = limitPoint;
    }

    public String getLimitPart() {
        return limitPart;
    }

    public void setLimitPart(String limitPart) {
        this.limitPart = limitPart;
    }

    public Integer getMinimum() {
        return minimum;
    }

    public void setMinimum(Integer minimum) {
        this.minimum = minimum;
    }

    public Integer getMaximum() {
        return maximum;
    }

    public void setMaximum(Integer maximum) {
        this.maximum = maximum;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public List<String> getNewKeepers() {
        return newKeepers;
    }

    public void setNewKeepers(List<String> newKeepers) {
        this.newKeepers = newKeepers;
    }
}
