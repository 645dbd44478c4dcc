package com.alujrat.accounts.web;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.Accounts;
import com.alujrat.accounts.IdentityBadges;
import com.alujrat.shared.SignedInUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a signed-in user lands: their next steps, by account type. */
@Controller
class DashboardPage {

	private final Accounts accounts;

	private final IdentityBadges badges;

	DashboardPage(Accounts accounts, IdentityBadges badges) {
		this.accounts = accounts;
		this.badges = badges;
	}

	@GetMapping("/dashboard")
	String dashboard(Model model) {
		SignedInUser user = SignedInUser.current().orElseThrow();
		Account account = accounts.find(user.id()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("verified", badges.isVerified(user.id()));
		return "accounts/dashboard";
	}
}
