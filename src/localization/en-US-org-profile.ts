import type { LocalizationTree } from './types.js';

/** English strings of `<latch-org-profile>` and its pages, registered as defaults by the element's module. */
export const enUSOrgProfile = {
  organizationProfile: {
    navbar: {
      title: 'Organization',
      description: 'Settings and people of your organization',
      general: 'General',
      members: 'People',
      domains: 'Domains',
    },
    start: {
      headerTitle__general: 'General',
      headerTitle__members: 'People',
      profileSection: {
        title: 'Organization details',
        primaryButton: 'Edit details',
        uploadAction__title: 'Logo',
      },
    },
    profilePage: {
      title: 'Edit organization details',
      imageFormSubtitle: 'Upload a logo',
      imageFormDestructiveActionSubtitle: 'Remove logo',
      fileDropAreaHint: 'PNG, JPEG, GIF or WebP, up to 2 MB.',
      slugHint: 'Lower-case letters, digits and single hyphens.',
      dangerSection: {
        title: 'Leave or delete',
        leaveOrganization: {
          title: 'Leave this organization',
          messageLine1: 'You will lose access to {{organizationName}} and its data until someone invites you again.',
          actionDescription: 'Type “{{organizationName}}” to confirm.',
          confirm: 'Leave',
        },
        deleteOrganization: {
          title: 'Delete this organization',
          messageLine1:
            '{{organizationName}} and everything in it will be gone for every member. This cannot be undone.',
          actionDescription: 'Type “{{organizationName}}” to confirm.',
          confirm: 'Delete for good',
        },
        confirmMismatch: 'Type the organization’s name exactly as shown.',
      },
      domainSection: {
        title: 'Verified domains',
        primaryButton: 'Add a domain',
        menuAction__verify: 'Verify',
        menuAction__remove: 'Remove',
        menuAction__manage: 'Enrollment',
      },
    },
    membersPage: {
      action__invite: 'Invite',
      action__search: 'Search people',
      detailsTitle__emptyRow: 'Nobody matches.',
      tableCell__date: '{{date | shortDate}}',
      start: {
        headerTitle__members: 'Members',
        headerTitle__invitations: 'Invitations',
        headerTitle__requests: 'Requests',
      },
      activeMembersTab: {
        tableHeader__user: 'Person',
        tableHeader__joined: 'Member since',
        tableHeader__role: 'Role',
        tableHeader__actions: 'Actions',
        menuAction__remove: 'Remove',
        youBadge: 'You',
      },
      invitedMembersTab: {
        tableHeader__invited: 'Invited on',
        menuAction__revoke: 'Withdraw',
        table__emptyRow: 'No pending invitations.',
      },
      requestsTab: {
        tableHeader__requested: 'Asked on',
        menuAction__approve: 'Accept',
        menuAction__reject: 'Decline',
        table__emptyRow: 'No one is asking to join.',
      },
      pagination: {
        previous: 'Previous page',
        next: 'Next page',
        rowText: '{{first}}–{{last}} of {{total}}',
      },
    },
    invitePage: {
      title: 'Invite people',
      subtitle: 'Separate several addresses with commas or spaces.',
      formButtonPrimary__continue: 'Send invitations',
      successMessage: 'Invitations sent.',
    },
    createDomainPage: {
      title: 'Add a domain',
      subtitle: 'People with a verified email address at this domain can then join more easily.',
    },
    verifyDomainPage: {
      title: 'Verify {{domainName}}',
      subtitle: 'Give an address at {{domainName}}: we send it a code.',
      formSubtitle: 'Enter the code sent to {{emailAddress}}.',
      formTitle: 'Verification code',
      resendButton: 'Send a new code',
    },
    verifiedDomainPage: {
      enrollmentTab: {
        subtitle: 'How people with an address at this domain join',
        manualInvitationOption__label: 'Only by invitation',
        automaticInvitationOption__label: 'Invite them automatically',
        automaticSuggestionOption__label: 'Suggest joining; an admin accepts',
      },
    },
    removeDomainPage: {
      messageLine1: 'Remove {{domain}}? People with an address there will no longer be invited or suggested.',
    },
    badge__unverified: 'Not verified',
    badge__manualInvitation: 'Invitation only',
    badge__automaticInvitation: 'Automatic invitation',
    badge__automaticSuggestion: 'Automatic suggestion',
  },
  // The profile's forms share the user profile's buttons, as Clerk's organization profile does; registered here
  // too so that a page showing only the organization profile has them.
  userProfile: {
    formButtonPrimary__save: 'Save',
    formButtonPrimary__add: 'Add',
    formButtonPrimary__remove: 'Remove',
    formButtonPrimary__verify: 'Verify',
    formButtonReset: 'Cancel',
  },
  formFieldLabel__organizationName: 'Organization name',
  formFieldLabel__organizationSlug: 'Slug',
  formFieldLabel__emailAddresses: 'Email addresses',
  formFieldLabel__role: 'Role',
  formFieldLabel__organizationDomain: 'Domain',
  formFieldLabel__organizationDomainEmailAddress: 'Email address at the domain',
  formFieldLabel__confirmDeletion: 'Confirmation',
  formFieldInputPlaceholder__emailAddresses: 'ada@example.com, grace@example.com',
  formFieldInputPlaceholder__organizationDomain: 'example.com',
  unstable__errors: {
    form_param_format_invalid__file: 'Choose a PNG, JPEG, GIF or WebP image.',
    image_too_large: 'This image is larger than 2 MB. Choose a smaller one.',
    form_param_format_invalid__slug: 'Use lower-case letters, digits and single hyphens only.',
    organization_minimum_permissions_needed:
      'You are the last admin here. Make someone else an admin first, or delete the organization.',
  },
} satisfies LocalizationTree;
