/**
 * What pages and API controllers of every module use: the layout's {@code Ui}, form errors, problem details,
 * languages and the cookie-consent reader.
 */
@org.springframework.modulith.NamedInterface("web")
package com.alujrat.platform.web;
