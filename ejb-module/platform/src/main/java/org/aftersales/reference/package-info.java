/**
 * Kept lists every context picks from instead of free text: regions (dispatch matching, T4) and
 * product categories (warranty terms W1, care plans, the installed base C3).
 */
package org.aftersales.reference;
