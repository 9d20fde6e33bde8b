namespace Gaoxin.Engines.Calendar;

/// <summary>
/// A State Council General Office notice on the holiday arrangement of one year (国务院办公厅关于某年部分节假日安排的通知),
/// with any later notice that changed it. <see cref="Days"/> is the arrangement as finally in force, changes applied;
/// a notice may arrange days of the previous December (e.g. 2019's New Year break starts on 30 December 2018).
/// </summary>
public sealed record HolidayNotice(
    int Year,
    string Reference,
    string Title,
    string Url,
    IReadOnlyList<HolidayNoticeAmendment> Amendments,
    IReadOnlyList<ArrangedDay> Days);

/// <summary>A later notice that changed a year's arrangement (2019 Labour Day; the 2020 Spring Festival extension).</summary>
public sealed record HolidayNoticeAmendment(string Title, string Url, string Change);
