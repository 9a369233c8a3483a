/**
 * Quality (Q1–Q9), first slice: the complaint (客户投诉处理报告单) with its reply promised by a term per
 * severity (Q1) and its flow accepted → classified → investigating → solved → replied → archived, the
 * reply signed off through an approval (Q2, {@link org.aftersales.domain.quality.ComplaintFlow}); the
 * return visit (顾客回访记录表) due 5–7 days after delivery and after each closed ticket, recorded even
 * when the customer has nothing to say, retried when nobody answers (Q4,
 * {@link org.aftersales.domain.quality.VisitDue}); the satisfaction survey of a closed ticket, answered
 * once through a random link before it expires, a low score opening a complaint (Q5,
 * {@link org.aftersales.domain.quality.Survey}).
 */
package org.aftersales.domain.quality;
