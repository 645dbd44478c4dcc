/**
 * The privacy promises: policy documents and versions with each user's acceptance, and cookie consent. Listens to
 * {@code accounts} events; no module depends on it yet.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "notifications", "platform", "platform :: web", "shared" })
package com.alujrat.privacy;
