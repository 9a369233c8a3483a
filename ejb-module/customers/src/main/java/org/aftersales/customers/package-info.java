/**
 * The customers context: the customer archive and its duplicates (C1), the products handed over by sales
 * and their hand-over import (C2), the installed base with its operating hours (C3), registration forms
 * (C4), service contracts and their stages (C5), warranty terms, the warranty check and the entitlement
 * of a repair (W1–W5), the return-visit hook of a delivery (Q4).
 */
package org.aftersales.customers;
