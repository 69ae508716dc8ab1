import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateUserRequest } from '../users/dto';
import { SignInRequest } from './dto';

describe('email addresses in requests', () => {
  it.each([
    ['a sign-in', SignInRequest, { password: 'a' }],
    ['a new user', CreateUserRequest, { agencyCode: 'LAPAS-MUARO-JAMBI', name: 'A', roles: ['auditor'] }],
  ])('refuses one with a lone surrogate in %s as not an email address', async (_, type, rest) => {
    const errors = await validate(
      plainToInstance(type as new () => object, { ...rest, email: '\udfff\ud800' }),
    );
    expect(errors.map((e) => [e.property, e.constraints?.isEmail])).toEqual([
      ['email', 'email must be an email address'],
    ]);
  });

  it('reads a well-formed one trimmed and lower-cased', () => {
    expect(plainToInstance(SignInRequest, { email: ' Ani@Example.ID ', password: 'a' }).email).toBe(
      'ani@example.id',
    );
  });
});
