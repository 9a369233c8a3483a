package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every screen opens for an administrator, in Chinese, without the error page. */
class ScreensIT {

    private static Browser browser;
    private static String serial;
    private static String ticket;
    private static long customerId;

    @BeforeAll
    static void signIn() {
        customerId = Api.post("/api/v1/customers", Api.admin(), """
                {"name":"画面客户%s","type":"HOUSEHOLD","phone":"135%s","region":"天津","address":"天津市和平区1号"}""".formatted(
                                Api.unique(""), String.format("%08d", (long) (Math.random() * 100_000_000L))))
                .json()
                .getJsonNumber("id")
                .longValue();
        serial = Api.unique("SCR");
        Api.post("/api/v1/customers/" + customerId + "/products", Api.admin(), """
                {"model":"KFR-26GW","serialNumber":"%s","factoryDate":"2026-01-01","use":"HOUSEHOLD"}""".formatted(serial));
        ticket = Api.post("/api/v1/tickets", Api.admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"INSTALLATION","faultLevel":"GENERAL","description":"安装"}""".formatted(customerId, serial))
                .json()
                .getString("number");
        browser = new Browser();
        browser.login("admin", Api.ADMIN_PASSWORD);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/index.xhtml, 首页",
        "/notifications.xhtml, 通知",
        "/customers.xhtml, 客户档案",
        "/customer.xhtml?id=CUSTOMER, 已购产品",
        "/product.xhtml?serial=SERIAL, 运行小时数记录",
        "/registration.xhtml?serial=SERIAL, 使用频率",
        "/warranty.xhtml?serial=SERIAL, 保修起始日",
        "/maintenance.xhtml?serial=SERIAL, 本周到期",
        "/handover.xhtml, 下载模板",
        "/warranty-terms.xhtml, 保修月数",
        "/admin/users.xhtml, 用户管理",
        "/admin/api-keys.xhtml, 签发密钥",
        "/admin/settings.xhtml, security.lockout.threshold",
        "/admin/dead-messages.xhtml, 死信消息",
        "/admin/mail-outbox.xhtml, 邮件发件箱",
        "/admin/lists.xhtml, 地区与产品类别",
        "/admin/audit.xhtml, 审计日志",
        "/intake.xhtml, 来电客户",
        "/tickets.xhtml, 叫修单",
        "/ticket.xhtml?number=TICKET, 处理记录",
        "/dealer-returns.xhtml, 仅逾期",
        "/dealer-return.xhtml, 顾客反馈问题描述",
        "/complaints.xhtml, 只看逾期未答复",
        "/complaint.xhtml, 受理客户投诉",
        "/complaint.xhtml?number=YX-TS-99-01-999, 找不到该投诉",
        "/visits.xhtml, 回访话术",
        "/key-visits.xhtml, 计划走访日期",
        "/survey.xhtml, 此调查链接无效",
        "/dispatch.xhtml, 待派工的叫修单",
        "/my-jobs.xhtml, 目前没有待办的叫修单",
        "/work-report.xhtml, 服务部汇总",
        "/stock-report.xhtml, 进销存月报",
        "/sales.xhtml, 零配件销货卡",
        "/stock-takes.xhtml, 开始盘点",
        "/goods-log.xhtml, 客户商品进出登记本",
        "/parts.xhtml, 备件目录",
        "/stock.xhtml, 最低库存",
        "/receiving.xhtml, 验收入库",
        "/part-requests.xhtml, 备件申请审批",
        "/approvals/inbox.xhtml, 待我审批",
        "/approvals/approval.xhtml, 审批单不存在",
        "/approvals/delegations.xhtml, 被授权人",
        "/admin/approval-chains.xhtml, 盘点调整",
        "/billing/daily-report.xhtml, 经济核算日报",
        "/billing/cost-reports.xhtml, 保修成本（按型号和月份）",
        "/billing/fund-quotas.xhtml, 服务站资金定额",
        "/qa/capas.xhtml, 新建纠正预防措施",
        "/qa/capa.xhtml, 没有这项纠正预防措施",
        "/qa/info-forms.xhtml, 接收新问题",
        "/qa/info-form.xhtml, 没有这张处理单",
        "/qa/my-info-forms.xhtml, 本部门的售后信息处理单",
        "/qa/departments.xhtml, 生管室",
        "/qa/knowledge.xhtml, 新增案例或经验",
        "/qa/staff-records.xhtml, 登记资格证书",
        "/qa/training.xhtml, 年度培训计划",
        "/qa/non-conformities.xhtml, 新建不合格报告",
        "/supplier-claims.xhtml, 索赔金额",
        "/budgets.xhtml, 设定预算",
        "/expenses/claims.xhtml, 新建报销单",
        "/expenses/claim.xhtml, 找不到该报销单",
        "/expenses/pay.xhtml, 付款方式",
        "/expenses/register.xhtml, 保存定额",
        "/expenses/cash-slips.xhtml, 未缴的现金收款",
    })
    void opensWithoutError(String path, String expected) {
        browser.open(path.replace("CUSTOMER", String.valueOf(customerId))
                .replace("SERIAL", serial)
                .replace("TICKET", ticket));
        browser.screenshot("screen" + path.replaceAll("[^a-z]", "-"));
        assertFalse(browser.source().contains("errorPage"), path + " shows the error page");
        assertTrue(browser.source().contains(expected), path + " lacks " + expected);
        assertEquals(
                "zh-CN",
                browser.driver
                        .findElement(org.openqa.selenium.By.tagName("html"))
                        .getAttribute("lang"));
    }
}
