/**
 * What every module stands on: the database (embedded PostgreSQL when none is configured), keys, the page
 * layout with its languages, error answers and security headers, rate limits. Its top package and the named
 * interface {@code web} (page and API helpers) are what other modules may use; {@code internal} is hidden. It
 * depends only on {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package com.alujrat.platform;
