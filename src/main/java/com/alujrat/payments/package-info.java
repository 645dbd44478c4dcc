/**
 * Payments: gateways, checkouts, the double-entry ledger, escrow, payouts and refunds (issue D). For now it holds
 * only the escrow events that {@code contracts} reacts to, so the milestone lifecycle is written against the
 * contract D will fulfil.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package com.alujrat.payments;
