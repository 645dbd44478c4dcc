/**
 * The open kernel every module may use: money in paisa, typed ids and the signed-in user as other modules see it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.alujrat.shared;
