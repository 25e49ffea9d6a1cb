using Jixiao.Application.Users;
using Microsoft.AspNetCore.Authorization;

namespace Jixiao.Web.Auth;

/// <summary>
/// "May the user do <see cref="Operation"/>?" — on the resource passed to <c>IAuthorizationService.AuthorizeAsync</c>
/// (a page or endpoint that read the unit or document), or, in a route's policy, on <see cref="Resource"/> fixed here.
/// Answered by <see cref="AccessPolicyHandler"/>.
/// </summary>
public sealed record OperationRequirement(Operation Operation, Resource? Resource = null) : IAuthorizationRequirement;
