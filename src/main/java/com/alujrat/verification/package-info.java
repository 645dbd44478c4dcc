/**
 * Identity verification: CNIC or passport numbers (encrypted, blind-indexed), document photos and selfies
 * (encrypted files), the phone number confirmed by a one-time code, the verifiers' review queue with its access
 * log, and the verified badge other modules ask about through {@link com.alujrat.verification.Verifications}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "notifications", "platform", "platform :: web", "shared" })
package com.alujrat.verification;
