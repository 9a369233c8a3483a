/**
 * The mail outbox: messages written in the business transaction, sent after commit with retries.
 */
package org.aftersales.mail;
