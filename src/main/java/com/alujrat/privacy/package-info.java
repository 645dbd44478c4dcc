/**
 * The privacy promises: policy documents and versions with each user's acceptance, cookie consent, and the user's
 * rights over their data: what is held (each module describes its own through {@code platform.PersonalData}),
 * copies to download, who on staff saw it, and closing the account (through {@code accounts}, which publishes {@code AccountClosed}).
 * It sits at the top: it asks the modules below about what they hold and what is still in play.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "verification", "contracts", "payments", "notifications", "platform", "platform :: web", "shared" })
package com.alujrat.privacy;
