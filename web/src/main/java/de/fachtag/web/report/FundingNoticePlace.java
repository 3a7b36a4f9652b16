package de.fachtag.web.report;

/**
 * Where the platform prints a funder's notice (Fördervermerk): the publicity evidence a funding
 * report lists. Each constant names a place the code really prints it, and
 * {@code FundingNoticePlaceTest} renders every one of them and finds the notice there, so the list
 * cannot claim more than the platform does. Name badges carry a funder's notice only when the
 * funder asks for it ({@code noticeOnBadges}); only then does its report list them.
 */
public enum FundingNoticePlace {
    /** The public event page, section "Förderung" ({@code public/event.xhtml}). */
    EVENT_PAGE,
    /** The footer of every public page of the tenant ({@code WEB-INF/templates/public.xhtml}). */
    PUBLIC_PAGES,
    /** The printable programme, at the foot of every page ({@code EventProgramme}). */
    PROGRAMME_PDF,
    /** Every mail to a registrant, in its footer ({@code MailComposer}). */
    MAILS,
    /** The attendance and signature lists, at the foot of every page ({@code RegistrationFiles#attendance}). */
    ATTENDANCE_LIST,
    /** The photo list, at the foot of every page ({@code RegistrationFiles#photoList}). */
    PHOTO_LIST,
    /** The event's report as PDF, at the foot of every page ({@code ReportPdf}). */
    EVENT_REPORT_PDF,
    /** The funding report itself, at the top of every page ({@code FundingReportPdf}). */
    FUNDING_REPORT,
    /** Name badges, at their foot, for a funder with {@code noticeOnBadges} ({@code RegistrationFiles#badges}). */
    NAME_BADGES
}
