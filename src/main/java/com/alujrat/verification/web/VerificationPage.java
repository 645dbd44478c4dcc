package com.alujrat.verification.web;

import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;
import com.alujrat.verification.internal.PhoneConfirmation;
import com.alujrat.verification.internal.Submissions;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Account → Verification: status, phone confirmation, and the document upload with its progress bar. */
@Controller
class VerificationPage {

	private final Submissions submissions;

	private final PhoneConfirmation phones;

	private final MessageSource messages;

	VerificationPage(Submissions submissions, PhoneConfirmation phones, MessageSource messages) {
		this.submissions = submissions;
		this.phones = phones;
		this.messages = messages;
	}

	@GetMapping("/account/verification")
	String page(Model model) {
		return render(model, FormErrors.none(), new UploadedSubmission("", "CNIC", "", "PK", null, null, null), "");
	}

	/** The phone forms: the number, then the code from the SMS. */
	record PhoneForm(String phone, String code) {

		PhoneForm {
			phone = phone == null ? "" : phone;
			code = code == null ? "" : code;
		}
	}

	@PostMapping("/account/verification/phone")
	String sendCode(@ModelAttribute PhoneForm form, BindingResult binding, Model model) {
		String phone = form.phone();
		try {
			FormErrors.requireBound(binding);
			phones.sendCode(me(), phone);
			return "redirect:/account/verification?codeSent";
		}
		catch (Rejected rejected) {
			return render(model, errors(rejected), blankForm(), phone);
		}
	}

	@PostMapping("/account/verification/phone/confirm")
	String confirmCode(@ModelAttribute PhoneForm form, BindingResult binding, Model model) {
		try {
			FormErrors.requireBound(binding);
			phones.confirm(me(), form.code());
			return "redirect:/account/verification?phoneConfirmed";
		}
		catch (Rejected rejected) {
			return render(model, errors(rejected), blankForm(), "");
		}
	}

	@PostMapping("/account/verification")
	String submit(@ModelAttribute UploadedSubmission upload, Model model) {
		try {
			submissions.submit(me(), upload.toSubmission());
			return "redirect:/account/verification?submitted";
		}
		catch (Rejected rejected) {
			return render(model, errors(rejected), upload, "");
		}
	}

	private String render(Model model, FormErrors errors, UploadedSubmission form, String phone) {
		UserId me = me();
		model.addAttribute("status", submissions.status(me));
		model.addAttribute("codePending", phones.isCodePending(me));
		model.addAttribute("errors", errors);
		model.addAttribute("form", new SubmissionForm(form.legalName(), form.documentType(), form.documentNumber(),
				form.documentCountry()));
		model.addAttribute("phone", phone);
		return "verification/status";
	}

	private FormErrors errors(Rejected rejected) {
		return FormErrors.of(rejected, messages, LocaleContextHolder.getLocale());
	}

	private static UploadedSubmission blankForm() {
		return new UploadedSubmission("", "CNIC", "", "PK", null, null, null);
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
