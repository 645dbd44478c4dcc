/**
 * Offers, contracts and milestones. An employer offers a contract on a bid; the freelancer accepts (once) or
 * declines; milestones are funded (on {@code payments}' {@code EscrowFunded}), submitted, approved or sent back;
 * a contract completes when every milestone is approved or ends when both parties agree. Provides the
 * {@link com.alujrat.profiles.ContractLinks} that {@code profiles} asks before sharing full names.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "projects", "payments", "profiles", "verification", "accounts", "notifications", "platform", "platform :: web", "shared" })
package com.alujrat.contracts;
