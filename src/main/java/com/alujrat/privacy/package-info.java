/**
 * The privacy promises: policy documents and versions with each user's acceptance, and cookie consent. Listens to
 * {@code accounts} events; no module depends on it yet.
 */
package com.alujrat.privacy;
