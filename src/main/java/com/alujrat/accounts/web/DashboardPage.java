package com.alujrat.accounts.web;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.Accounts;
import com.alujrat.shared.SignedInUser;
import com.alujrat.verification.Verifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a signed-in user lands: their next steps, by account type. */
@Controller
class DashboardPage {

	private final Accounts accounts;

	private final Verifications verifications;

	DashboardPage(Accounts accounts, Verifications verifications) {
		this.accounts = accounts;
		this.verifications = verifications;
	}

	@GetMapping("/dashboard")
	String dashboard(Model model) {
		SignedInUser user = SignedInUser.current().orElseThrow();
		Account account = accounts.find(user.id()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("verified", verifications.isVerified(user.id()));
		return "accounts/dashboard";
	}
}
