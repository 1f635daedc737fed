using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Briefings;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.Pages;

/// <summary>The schedule form: puts a briefing on the schedule, admits the reporters ticked, and opens its control room.</summary>
public static class SchedulePages
{
    public static void MapSchedulePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/staff/briefings/new", async (HttpContext http, BriefingDb db) =>
            Page.Show<SchedulePage>(http, new ScheduleModel(PlanForm.Defaults, await StaffPages.ReportersAsync(db, verified: true))))
            .RequireRoles(Roles.Admin, Roles.Moderator);

        app.MapPost("/staff/briefings/new", async (HttpContext http, BriefingDb db, BriefingHub hub, IFormCollection form) =>
        {
            var (input, rows, reporters) = PlanForm.Read(form);
            var (plan, errors) = input.ToPlan();
            if (plan is not null)
            {
                var (id, outcome) = await hub.ScheduleAsync(plan, http.User.Actor());
                if (outcome.Rejection is { } rejection)
                {
                    errors["title"] = [rejection.Message];
                }
                else
                {
                    var refused = new List<string>();
                    foreach (var reporter in reporters)
                    {
                        var (admitted, error) = await BriefingEndpoints.AdmitAsync(hub, db, id, reporter, http.User.Actor());
                        if ((error ?? admitted?.Rejection?.Message) is { } why)
                        {
                            refused.Add(why);
                        }
                    }
                    Notice.Set(http, refused.Count == 0 ? "The briefing is scheduled." : "The briefing is scheduled, but: " + string.Join(" ", refused));
                    return (IResult)Results.Redirect($"/staff/briefings/{id}");
                }
            }
            var model = new ScheduleModel(FormState.From(form, PlanForm.ToFields(errors, rows)), await StaffPages.ReportersAsync(db, verified: true));
            return Page.Show<SchedulePage>(http, model, StatusCodes.Status400BadRequest);
        }).RequireRoles(Roles.Admin, Roles.Moderator);
    }
}
