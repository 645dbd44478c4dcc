/**
 * Freelancer and employer profiles: the skills taxonomy, portfolio, experience, education, location, profile
 * photos, per-section visibility and the name display rule, and the freelancer directory. Reads names from
 * {@code accounts} and keeps its own copy of the verified badge from {@code verification} events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "verification", "accounts", "platform", "platform :: web", "shared" })
package com.alujrat.profiles;
