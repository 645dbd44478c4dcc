/**
 * Users and how they get in: registration with age rules and guardian consent, email verification, password and
 * two-factor login with pair-based sign-in delays, password reset, web sessions and API tokens, and staff roles
 * (staff work only with two-factor on). Depends on {@code notifications} to send its mail; the identity badge on the
 * dashboard comes through its {@link com.alujrat.accounts.IdentityBadges} port, which {@code verification}
 * implements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "notifications", "platform", "platform :: web", "shared" })
package com.alujrat.accounts;
