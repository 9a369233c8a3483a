/**
 * The quality context, first slice: complaints (客户投诉处理报告单) taken by phone, letter, web or API
 * or opened by a low survey score or a return visit's problem, with the reply promised per severity
 * and its near/missed alerts (Q1), the flow to the archive with the reply signed off through an
 * approval of kind COMPLAINT_REPLY (Q2); return visits (顾客回访记录表) due after every delivery and
 * every closed ticket, retried when nobody answers (Q4); the one-time satisfaction survey of each
 * closed ticket, answered without login (Q5). It follows the events of the customers and tickets
 * contexts on the topic and asks the tickets, customers and approvals contexts through their
 * boundaries.
 */
package org.aftersales.quality;
