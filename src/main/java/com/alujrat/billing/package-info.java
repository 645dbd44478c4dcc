/**
 * Billing: plans, subscriptions and posting fees, paid through {@code payments}' checkouts, and the entitlements
 * that follow from them ({@link com.alujrat.billing.Entitlements}: project access and bids per month for
 * {@code projects}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "payments", "projects", "accounts", "notifications", "platform", "platform :: web", "shared" })
package com.alujrat.billing;
