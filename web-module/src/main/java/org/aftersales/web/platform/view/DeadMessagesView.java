package org.aftersales.web.platform.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.platform.boundary.DeadMessages;
import org.aftersales.platform.boundary.DeadMessages.DeadMessage;

/** The administrators' list of messages that no consumer could handle. */
@Named
@ViewScoped
public class DeadMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 500;

    @EJB
    private DeadMessages deadMessages;

    private List<DeadMessage> messages;

    public List<DeadMessage> getMessages() {
        if (messages == null) {
            messages = deadMessages.list(MAX);
        }
        return messages;
    }

    public void refresh() {
        messages = null;
    }

    public int getMax() {
        return MAX;
    }
}
