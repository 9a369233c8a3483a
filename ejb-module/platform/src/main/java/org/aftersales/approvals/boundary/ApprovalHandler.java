package org.aftersales.approvals.boundary;

import jakarta.ejb.Local;
import org.aftersales.approvals.boundary.ApprovalViews.Ending;

/**
 * What a context does when one of its approvals ends: APPROVED — the subject takes effect; REJECTED
 * or WITHDRAWN — the subject goes back to its author (with the reason). Called in the transaction of
 * the last decision, so a failure (a stock-take's loss larger than the stock now) undoes the decision
 * too. Each context registers its handler for its kinds with {@link ApprovalHandlers}.
 */
@Local
public interface ApprovalHandler {

    void ended(Ending ending);
}
