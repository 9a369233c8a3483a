package org.aftersales.web.platform.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.domain.shared.DeadLetter;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.platform.boundary.DeadMessages;
import org.aftersales.platform.boundary.DeadMessages.DeadMessage;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;

/** The administrators' list of messages that no consumer could handle: retry once, or discard with a reason. */
@Named
@ViewScoped
public class DeadMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeadMessages deadMessages;

    private DeadLetter.State state = DeadLetter.State.DEAD;
    private String reason;
    private final PagedModel<DeadMessage> messages = new PagedModel<>(this::page, m -> String.valueOf(m.id()));

    PageResult<DeadMessage> page(int first, int size) {
        return deadMessages.page(state, first, size);
    }

    public void retry(long id) {
        try {
            deadMessages.retry(id);
            Feedback.info("deadMessages.retried", id);
        } catch (RuntimeException e) {
            Feedback.failed(e, "deadForm");
        }
    }

    public void discard(long id) {
        try {
            deadMessages.discard(id, reason);
            reason = null;
            Feedback.info("deadMessages.discarded", id);
        } catch (RuntimeException e) {
            Feedback.failed(e, "deadForm");
        }
    }

    public void refresh() {
        // the table reloads itself
    }

    public DeadLetter.State[] getStates() {
        return DeadLetter.State.values();
    }

    public PagedModel<DeadMessage> getMessages() {
        return messages;
    }

    public DeadLetter.State getState() {
        return state;
    }

    public void setState(DeadLetter.State state) {
        this.state = state;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
