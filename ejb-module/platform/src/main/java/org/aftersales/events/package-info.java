/**
 * Domain events between the contexts: a transactional outbox, relayed after commit to the persistent
 * JMS topic; consumers handle each event at most once. Dead messages are collected for an administrator.
 */
package org.aftersales.events;
