package org.aftersales.web.platform.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.aftersales.web.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Issue 10.17: the audit log shows words, not enum names, in the states it records. */
class AuditTextTest {

    @Test
    void enumNamesInTheStateBecomeWordsOtherValuesStay() {
        String state = "displayName=李四\nroles=[TECHNICIAN, DISPATCHER]\nqualifications=[ELECTRICIAN]\nregion=BJ\n";
        assertEquals(
                "displayName=李四\nroles=[技术人员, 调度员]\nqualifications=[持证电工]\nregion=BJ\n",
                AuditText.readable(Messages.CHINESE, "UserAccount", state));
    }

    @Test
    void theEntityAndFieldChooseAmongEnumsWithTheSameConstant() {
        assertEquals(
                "status=已派工\nkind=上门维修",
                AuditText.readable(Messages.CHINESE, "Ticket", "status=DISPATCHED\nkind=ONSITE_REPAIR"));
        assertEquals("status=Dispatched", AuditText.readable(Locale.ENGLISH, "Ticket", "status=DISPATCHED"));
        assertEquals(
                "roles=系统管理员, 技术人员", AuditText.readable(Messages.CHINESE, "UserAccount", "roles=ADMIN,TECHNICIAN"));
    }

    @Test
    void colleaguesByName() {
        assertEquals(
                "technician=李四\nkeepers=李四、王五\nnumber=YX-26-12-01",
                AuditText.readable(
                        Messages.CHINESE,
                        "Ticket",
                        "technician=tech1\nkeepers=tech1,wang\nnumber=YX-26-12-01",
                        login -> login.equals("tech1") ? "李四" : login.equals("wang") ? "王五" : login));
    }

    @Test
    void anApprovalChainsDecidersByNameAndRoleWords() {
        assertEquals(
                "kind=盘点调整\nsteps=预算员 [余预算、财务 all] → 部门经理 [经理 ≥5000.00]",
                AuditText.readable(
                        Messages.CHINESE,
                        "ApprovalChain",
                        "kind=STOCK_ADJUSTMENT\nsteps=预算员 [yu.suanyuan,FINANCE all] → 部门经理 [MANAGER ≥5000.00]",
                        u -> u.equals("yu.suanyuan") ? "余预算" : u));
    }
}
