/**
 * Inquiries and feedback (the privacy policy's "contact us"): tickets from users and visitors with categories,
 * attachments and statuses, replies in the app and by mail, the SUPPORT queue (and LEGAL's, for privacy questions)
 * with assignment and internal notes, ratings of the answer, the contact page and the help page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "notifications", "platform",
		"platform :: web", "shared" })
package com.alujrat.support;
