/**
 * Document numbers: gap-free, consecutive series per document kind, department and month, drawn in
 * the registering transaction (T10).
 */
package org.aftersales.numbering;
