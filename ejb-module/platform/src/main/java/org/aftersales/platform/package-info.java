/**
 * The platform's own services: the audit log, idempotency of partner requests, health, migrations, the
 * first administrator.
 */
package org.aftersales.platform;
