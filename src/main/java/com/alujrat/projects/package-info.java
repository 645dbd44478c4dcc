/**
 * Project postings and who may see them, full-text search over open projects, invitations and bids. A project is
 * seen by its employer, by registered freelancers (with plan access, when plans require it), by invited freelancers
 * and by those who bid on it, and by staff; everyone else gets "not found". Offers and contracts build on its bids
 * through {@link com.alujrat.projects.Hiring}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "profiles", "verification", "accounts", "notifications", "platform", "platform :: web", "shared" })
package com.alujrat.projects;
