/**
 * What every module stands on: the database (embedded PostgreSQL when none is configured), keys, the page
 * layout with its languages, error answers and security headers. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.alujrat.platform;
