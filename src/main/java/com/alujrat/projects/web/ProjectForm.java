package com.alujrat.projects.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.alujrat.projects.internal.ProjectDetails;
import com.alujrat.platform.web.Rupees;
import com.alujrat.projects.internal.ProjectRejected;

/** The project form as typed: budgets in whole rupees, the deadline as the date input sends it. */
public record ProjectForm(String title, String description, String category, List<String> skills,
		String budgetType, String budgetMin, String budgetMax, String deadline, String mode, String city, String area,
		String visibility) {

	public static final ProjectForm EMPTY = new ProjectForm("", "", "", List.of(), "FIXED", "", "", "", "REMOTE", "",
			"", "REGISTERED");

	static ProjectForm of(ProjectDetails d) {
		return new ProjectForm(d.title(), d.description(), d.category(), d.skills(), d.budgetType(),
				Long.toString(d.budgetMin() / 100), Long.toString(d.budgetMax() / 100),
				d.deadline() == null ? "" : d.deadline().toString(), d.location().mode(), d.location().city(),
				d.location().area(), d.visibility());
	}

	ProjectDetails details() {
		LocalDate due = null;
		if (deadline != null && !deadline.isBlank()) {
			try {
				due = LocalDate.parse(deadline.strip());
			}
			catch (DateTimeParseException ex) {
				throw new ProjectRejected("deadline", "project.deadline.invalid");
			}
		}
		return new ProjectDetails(title, description, category, skills == null ? List.of() : skills, budgetType,
				Rupees.toPaisa(budgetMin, "budgetMin", "project.budget.invalid"),
				Rupees.toPaisa(budgetMax, "budgetMax", "project.budgetMax.invalid"), due,
				new ProjectDetails.Location(mode, city, area), visibility);
	}

	public boolean has(String skill) {
		return skills != null && skills.contains(skill);
	}

	public String text(String value) {
		return value == null ? "" : value;
	}
}
