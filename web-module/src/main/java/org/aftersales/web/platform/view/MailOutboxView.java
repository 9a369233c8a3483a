package org.aftersales.web.platform.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.aftersales.domain.mail.MailStatus;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.mail.boundary.MailOutbox;
import org.aftersales.mail.boundary.MailOutbox.MailView;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;

/** The administrators' mail outbox: failed mails first, retry now or discard with a reason. */
@Named
@ViewScoped
public class MailOutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MailOutbox outbox;

    private MailStatus status = MailStatus.FAILED;
    private String reason;
    private Map<MailStatus, Long> counts;
    private final PagedModel<MailView> rows = new PagedModel<>(this::page, m -> String.valueOf(m.id()));

    PageResult<MailView> page(int first, int size) {
        return outbox.list(status, first, size);
    }

    public void retry(long id) {
        try {
            outbox.retryNow(id);
            counts = null;
            Feedback.info("mailOutbox.retried", id);
        } catch (RuntimeException e) {
            Feedback.failed(e, "outboxForm");
        }
    }

    public void discard(long id) {
        try {
            outbox.discard(id, reason);
            reason = null;
            counts = null;
            Feedback.info("mailOutbox.discarded", id);
        } catch (RuntimeException e) {
            Feedback.failed(e, "outboxForm");
        }
    }

    public void refresh() {
        counts = null;
    }

    public long count(MailStatus s) {
        if (counts == null) {
            counts = outbox.counts();
        }
        return counts.getOrDefault(s, 0L);
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public PagedModel<MailView> getRows() {
        return rows;
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
