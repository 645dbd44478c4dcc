/**
 * Users and how they get in: registration with age rules and guardian consent, email verification, password and
 * two-factor login with lockout, password reset, web sessions and API tokens, and staff roles. Depends on
 * {@code notifications} to send its mail and on {@code verification} for the identity badge and its mail.
 */
package com.alujrat.accounts;
