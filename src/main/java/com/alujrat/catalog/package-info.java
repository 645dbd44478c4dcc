/**
 * Services that freelancers list (the policy: freelancers "list a service"): packages, requirement questions,
 * gallery images, search, and orders. An order becomes a contract with one milestone at the package's price
 * ({@code contracts} makes it on {@link com.alujrat.catalog.OrderPlaced}). Registered users browse services; visitors
 * get "not found", as for projects.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "profiles", "verification", "accounts", "platform", "platform :: web", "shared" })
package com.alujrat.catalog;
