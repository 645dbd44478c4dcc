/**
 * Payments: hosted checkouts through gateways (sandbox, JazzCash, Easypaisa), the double-entry ledger, milestone
 * escrow, wallets with clearance, payouts and refunds. Other modules say what is owed through {@link
 * com.alujrat.payments.Payables}, move escrow through {@link com.alujrat.payments.Escrow} and hear {@link
 * com.alujrat.payments.CheckoutPaid} and the escrow events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "verification", "notifications", "platform", "platform :: web", "shared" })
package com.alujrat.payments;
