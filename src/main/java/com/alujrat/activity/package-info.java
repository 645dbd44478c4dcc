/**
 * Usage data (policy 1.3): requests with the browser, system and device parsed from the user agent, and the actions
 * people take (the other modules' events). Security use is always on; analytics only with analytics consent. Counts
 * with no person in them feed the staff dashboard. It sits at the top: it listens to the modules it reports on.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "verification", "profiles", "projects", "messaging", "contracts", "payments", "privacy", "platform", "platform :: web", "shared" })
package com.alujrat.activity;
