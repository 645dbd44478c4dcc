/**
 * Conversations between an employer and a freelancer about a project they met over, a contract or a service order;
 * messages with attachments, read receipts and live delivery (through notifications' event stream); the guard
 * that hides contact details until a contract links the two; blocks, reports and the SUPPORT moderation queue;
 * the unread-messages digest mail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "contracts", "projects", "accounts",
		"notifications", "platform", "platform :: web", "shared" })
package com.alujrat.messaging;
