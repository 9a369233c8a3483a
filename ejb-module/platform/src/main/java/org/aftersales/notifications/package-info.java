/**
 * In-app notifications of people and roles, made from the domain events the other contexts publish.
 */
package org.aftersales.notifications;
