/**
 * Staff and partner accounts: login, lockout and password rules, roles and qualifications (M2), the
 * staff member's region and phone (T4), API keys, and who a caller is ({@code Caller}, partner scope).
 */
package org.aftersales.accounts;
