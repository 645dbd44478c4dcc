/**
 * Double-blind reviews: once a contract ends, each party may rate and review the other within 14 days; neither sees
 * the other's review until both are in or the window closes; a review is never edited; staff may hide abusive text.
 * Provides the {@link com.alujrat.profiles.Reputation} that profiles show.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "contracts", "profiles", "accounts", "notifications", "platform", "platform :: web", "shared" })
package com.alujrat.reviews;
