"""The `[reports]` section: the yearly report, the action plan, the public page and the form."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from bot.vocab import FOUNDED_OUTCOMES, Language


class ReportSettings(BaseModel):
    """Settings of bot.reports, read as `settings.reports`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Language of the management-committee report when --language is not given.
    report_language: Language = Language.FR
    # Action plan (circular criterion 11): a theme with at least this many founded complaints
    # received within the window is a candidate for an improvement action.
    recurring_theme_min_founded: int = Field(3, ge=1)
    recurring_window_days: int = Field(90, ge=1)
    # Outcomes that count as "founded" for the action plan and the typology indicator.
    founded_outcomes: list[str] = Field(default_factory=lambda: [str(o) for o in FOUNDED_OUTCOMES])
    # Keyword themes: classification rules (stored as rule hits on the case) whose name starts
    # with this prefix, except the generic ones listed in theme_rule_exclude.
    theme_rule_prefix: str = "complaint_"
    theme_rule_exclude: list[str] = Field(
        default_factory=lambda: ["complaint_word", "complaint_word_de"]
    )
    # Acknowledgement target in calendar days (framework §9: 5 working days is >= 5 calendar
    # days, so this is the stricter reading).
    acknowledgement_days: int = Field(5, ge=0)
    # The organisation's identifier at the Federal Complaints Network (FOD BOSA), written on
    # every row of `report --format network`.
    network_id: str = ""
    # Mystery-shopping test complaints (circular 23289 §C): mail from these addresses is
    # handled like any other, left out of every indicator and listed apart in the report
    # (`complaintbot mark-test NUMBER` marks a case received otherwise).
    test_senders: list[str] = Field(default_factory=list)
    # Where the public page will be served from (canonical links); "" = relative links only.
    public_url: str = ""
    # Complaint form: submissions per sender address and per client IP in rate_limit_window.
    form_rate_limit: int = Field(5, ge=1)
    form_rate_window_seconds: int = Field(3600, ge=1)
    # Longest complaint text accepted by the form (characters).
    form_max_text_chars: int = Field(20000, ge=100)
    # Attachments a form submission may carry (each also bounded by storage.max_attachment_bytes).
    form_max_attachments: int = Field(5, ge=0)
