package com.alujrat.accounts.web;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.alujrat.accounts.StaffRole;
import com.alujrat.accounts.internal.AccountRejected;
import com.alujrat.accounts.internal.StaffRoles;
import com.alujrat.shared.SignedInUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff → Users: admins find accounts and set their staff roles; the log of changes is shown below. */
@Controller
class StaffPage {

	private final StaffRoles staffRoles;

	StaffPage(StaffRoles staffRoles) {
		this.staffRoles = staffRoles;
	}

	@GetMapping("/staff/users")
	String users(@RequestParam(defaultValue = "") String q, Model model) {
		return render(q, "", model);
	}

	@PostMapping("/staff/users/{id}/roles")
	String assign(@PathVariable UUID id, @RequestParam(required = false) List<StaffRole> roles,
			@RequestParam(defaultValue = "") String q, Model model) {
		try {
			staffRoles.assign(id, roles == null ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles),
					SignedInUser.current().orElseThrow().id());
		}
		catch (AccountRejected rejected) {
			return render(q, rejected.messageKey(), model);
		}
		return "redirect:/staff/users?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
	}

	private String render(String q, String error, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("members", staffRoles.find(q));
		model.addAttribute("changes", staffRoles.recentChanges());
		model.addAttribute("allRoles", List.of(StaffRole.values()));
		model.addAttribute("error", error);
		return "accounts/staff-users";
	}
}
